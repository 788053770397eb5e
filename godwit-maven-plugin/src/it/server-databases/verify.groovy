// Judged by the build log and by each server's catalog; the scratch schema and database are dropped.
def loader = new GroovyClassLoader(getClass().classLoader)
def Servers = loader.parseClass(new File(basedir, 'Servers.groovy'))
String name = new File(basedir, 'scratch-name.txt').text.trim()
def log = new File(basedir, 'build.log').text
try {
    assert log.count('Upgraded dddd00000001  create customers') == 2 : 'both upgrades ran'
    assert log.count('No differences: the revisions produce the desired schema.') == 2 : 'both checks passed'
    Servers.pg().withCloseable { c ->
        assert Servers.column(c, 'SELECT version_num FROM ' + name + '.godwit_version') == ['dddd00000001']
        assert Servers.column(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = 'customers' ORDER BY ordinal_position", [name]) == ['id', 'name']
    }
    Servers.mariadb().withCloseable { c ->
        assert Servers.column(c, 'SELECT version_num FROM ' + name + '.godwit_version') == ['dddd00000001']
        assert Servers.column(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = 'customers' ORDER BY ordinal_position", [name]) == ['id', 'name']
    }
} finally {
    Servers.pg().withCloseable { c -> Servers.run(c, "DROP SCHEMA IF EXISTS ${name} CASCADE") }
    Servers.mariadb().withCloseable { c -> Servers.run(c, "DROP DATABASE IF EXISTS ${name}") }
}
true
