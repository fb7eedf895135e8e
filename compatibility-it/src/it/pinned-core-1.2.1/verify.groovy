// Both test classes ran and passed: the runtime set's core served a function that pins 1.2.1.
for (name in ['CountOrdersInProcessTest', 'CountOrdersForkedTest']) {
    def report = new File(basedir, "target/surefire-reports/TEST-com.example.orders.${name}.xml")
    assert report.isFile() : "${name} did not run"
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
    def count = { String attribute -> suite.getAttribute(attribute) as int }
    assert count('tests') == 1 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "${name}: ${suite.attributes}"
}
