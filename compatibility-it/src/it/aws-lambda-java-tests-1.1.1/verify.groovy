// The test ran and passed with aws-lambda-java-tests 1.1.1 (serialization 1.0.0) on the class path.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.orders.CountOrdersTest.xml')
assert report.isFile() : 'CountOrdersTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 2 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "CountOrdersTest: ${suite.attributes}"
