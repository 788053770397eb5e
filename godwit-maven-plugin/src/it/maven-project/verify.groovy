// examples/maven-project's `mvn verify`: the migration test, the upgrade and the check ran in its
// lifecycle; the database is judged by sqlite3.
def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log lacks: ${text}" }
expect 'godwit-maven-plugin:0.1.0-SNAPSHOT:test (migration-test)'
expect 'Migration test passed: 1 revision(s), schema at head equals the model.'
expect 'godwit-maven-plugin:0.1.0-SNAPSHOT:upgrade (dev-database)'
expect 'Upgraded 5a1e0c2d3b4f  create shop'
expect 'No differences: the revisions produce the desired schema.'
expect 'godwit-maven-plugin:0.1.0-SNAPSHOT:sql (release-script)'
expect 'Attached as com.example:shop:sql:upgrade-postgresql:1.0-SNAPSHOT'
def script = new File(basedir, 'target/godwit/upgrade.sql')
assert script.isFile() && script.text.contains('CREATE TABLE customers') : 'no PostgreSQL upgrade script'
expect 'BUILD SUCCESS'
def p = ['sqlite3', new File(basedir, 'target/shop.db').path,
         "SELECT version_num || ':' || (SELECT count(*) FROM sqlite_master WHERE name IN ('customers', 'products')) FROM godwit_version"].execute()
def out = p.text.trim()
assert p.waitFor() == 0
assert out == '5a1e0c2d3b4f:2'
true
