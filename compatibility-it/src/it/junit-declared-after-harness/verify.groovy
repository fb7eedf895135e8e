// The project's own JUnit ran, and the test with it.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.hello.HelloTest.xml')
assert report.isFile() : 'HelloTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 1 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "HelloTest: ${suite.attributes}"
def line = new File(basedir, 'build.log').text.readLines().find { it.contains('junit-jupiter-api version: ') }
assert line != null : 'the test did not say which junit-jupiter-api ran'
assert line.endsWith('junit-jupiter-api version: 5.14.4') : line
