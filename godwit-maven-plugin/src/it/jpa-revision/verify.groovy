// Judged by the build log, the revision file written, and sqlite3 itself.
def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
def sqlite = { String sql ->
    def p = ['sqlite3', new File(basedir, 'shop.db').path, sql].execute()
    def out = p.text.trim()
    assert p.waitFor() == 0 : "sqlite3 failed on ${sql}"
    out
}

// 1: check failed, naming what differs, with the goal that fixes it.
expect 'The database at head differs from the model'
expect 'customers'
expect 'godwit:revision -Dgodwit.autogenerate'
// 2: one revision written from the entities, applied; check passed.
def revisions = new File(basedir, 'migrations').listFiles().findAll { it.name.endsWith('.sql') }
assert revisions.size() == 1 : "expected one revision file, found ${revisions*.name}"
def text = revisions[0].text
assert text.contains('-- message: create shop')
assert text =~ /(?i)CREATE TABLE "?customers"?/ && text =~ /(?i)CREATE TABLE "?products"?/
expect 'Wrote revision '
expect 'No differences: the revisions produce the desired schema.'
assert sqlite("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('customers', 'products') ORDER BY name)") == 'customers,products'
assert sqlite("SELECT count(*) FROM pragma_table_info('products') WHERE name = 'price_cents' AND \"notnull\" = 1") == '1'
true
