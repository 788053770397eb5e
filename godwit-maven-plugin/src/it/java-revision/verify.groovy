// Judged by the build log and by sqlite3 itself.
def log = new File(basedir, 'build.log').text
def sqlite = { String sql ->
    def p = ['sqlite3', new File(basedir, 'app.db').path, sql].execute()
    def out = p.text.trim()
    assert p.waitFor() == 0 : "sqlite3 failed on ${sql}"
    out
}
def expect = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }

expect 'Upgraded aaaa00000001  create customers'
expect 'Upgraded bbbb00000002  backfill normalized emails'
expect 'Valid: 2 applied revision(s) checked'
expect 'aaaa00000001 -> bbbb00000002 (head, current), backfill normalized emails'
assert sqlite('SELECT group_concat(email_normalized, \',\') FROM (SELECT email_normalized FROM customers ORDER BY id)') ==
        'ada@example.com,grace@example.com,linus@example.org'
assert sqlite('SELECT version_num FROM godwit_version') == 'bbbb00000002'
return true
