// The test servers (GODWIT_TEST_PG_URL / GODWIT_TEST_MYSQL_URL, else the local services), reached
// through the JDBC drivers on the script's class path.
class Servers {
    static String pgUrl() {
        jdbc(System.getenv('GODWIT_TEST_PG_URL') ?: 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres')
    }

    static String mariadbUrl() {
        jdbc(System.getenv('GODWIT_TEST_MYSQL_URL') ?: 'jdbc:mariadb://127.0.0.1:3306/test?user=root')
    }

    static String jdbc(String url) {
        url.startsWith('jdbc:') ? url : 'jdbc:' + url
    }

    static java.sql.Connection pg() {
        new org.postgresql.Driver().connect(pgUrl(), new Properties())
    }

    static java.sql.Connection mariadb() {
        new org.mariadb.jdbc.Driver().connect(mariadbUrl(), new Properties())
    }

    static List<String> column(java.sql.Connection c, String sql, List params = []) {
        def st = c.prepareStatement(sql)
        params.eachWithIndex { p, i -> st.setObject(i + 1, p) }
        def rs = st.executeQuery()
        def out = []
        while (rs.next()) {
            out << rs.getString(1)
        }
        st.close()
        out
    }

    static void run(java.sql.Connection c, String sql) {
        def st = c.createStatement()
        st.execute(sql)
        st.close()
    }
}
