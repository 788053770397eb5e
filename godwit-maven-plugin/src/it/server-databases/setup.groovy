// A scratch PostgreSQL schema and MariaDB database named with the helper prefix, and a godwit.toml
// that points at them (its URLs are the test servers', so they come from the environment).
def loader = new GroovyClassLoader(getClass().classLoader)
def Servers = loader.parseClass(new File(basedir, 'Servers.groovy'))
String name = "${itPrefix}_${System.currentTimeMillis()}"
new File(basedir, 'scratch-name.txt').text = name
Servers.pg().withCloseable { c -> Servers.run(c, "CREATE SCHEMA ${name}") }
Servers.mariadb().withCloseable { c -> Servers.run(c, "CREATE DATABASE ${name}") }
String mariadb = Servers.mariadbUrl().replaceFirst('(//[^/]+)/[^?]*', '$1/' + name)
new File(basedir, 'godwit.toml').text = """\
migrations = "migrations"
model = "schema"

[environments.pg]
url = "${Servers.pgUrl()}"
schema = "${name}"

[environments.mariadb]
url = "${mariadb}"
"""
true
