// Judged by the build log and by sqlite3 itself.
def log = new File(basedir, 'build.log').text
def sqlite = { String db, String sql ->
    def p = ['sqlite3', new File(basedir, db).path, sql].execute()
    def out = p.text.trim()
    assert p.waitFor() == 0 : "sqlite3 failed on ${sql}"
    out
}
def expect = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

// 1: upgrade, current, history, heads, validate, downgrade@to-first, stamp@stamp-head, current, sql.
expect 'Upgraded aaaa00000001  create customers'
expect 'Upgraded bbbb00000002  create orders'
expect 'Current revision: bbbb00000002 (head)  create orders'
expect 'aaaa00000001 -> bbbb00000002 (head, current), create orders'
expect '<base> -> aaaa00000001, create customers'
expect 'bbbb00000002 (head)  create orders'
expect 'Valid: 2 applied revision(s) checked'
expect 'Downgraded bbbb00000002  create orders'
expect 'Stamped: aaaa00000001 -> bbbb00000002 (no revision was run)'
def script = new File(basedir, 'target/godwit/upgrade.sql')
assert script.isFile() : 'godwit:sql wrote no target/godwit/upgrade.sql'
assert script.text.contains('CREATE TABLE customers') && script.text.contains('CREATE TABLE orders')
// The stamp recorded head without running it: customers exists, orders does not.
assert sqlite('app.db', "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('customers', 'orders') ORDER BY name") == 'customers'
assert sqlite('app.db', 'SELECT version_num FROM godwit_version') == 'bbbb00000002'

// 2: the protected environment refused without a confirmation and ran nothing.
expect 'Refusing to upgrade in the protected environment prod'
expect '-Dgodwit.confirm=<the database\'s name>'
// 3: a name that is not the database's refused, naming the database reached.
expect 'Not confirmed: -Dgodwit.confirm=app.db does not name the database prod.db; nothing was run'
// 4: with -Dgodwit.confirm=prod.db the upgrade ran; the downgrade was refused as destructive.
expect 'Database name: prod.db'
expect 'Refusing to downgrade in the protected environment prod: the plan may lose data'
expect '-Dgodwit.allowDestructive=true'
// Only invocation 4 upgraded prod.db: the refusals before it ran nothing.
assert log.count('Upgraded aaaa00000001  create customers') == 2
assert !log.contains('Nothing to do: the database is at the target already.')
assert sqlite('prod.db', 'SELECT version_num FROM godwit_version') == 'bbbb00000002'
assert sqlite('prod.db', "SELECT count(*) FROM sqlite_master WHERE name = 'orders'") == '1'

// 5: one clear message for a bad URL, no stack trace, the password masked.
expect "The database URL 'nosuchdb://admin:***@localhost/app' has an unknown scheme 'nosuchdb'. It came from -Dgodwit.url"
assert !log.contains('hunter2secret') : 'the password was printed'
assert !log.contains('\tat dev.godwit') && !log.contains('at dev.godwit.') : 'a stack trace was printed'

// 6 and 7: the stairway test passed on the good revisions and named the broken one.
expect 'Migration test passed: 2 revision(s)'
expect 'Migration test failed: revision cccc00000003: stairway failed'
assert sqlite('app.db', 'SELECT version_num FROM godwit_version') == 'bbbb00000002' : 'godwit:test touched app.db'
true
