// The forked function was run by the runtime set's client, not by the declared 2.8.7.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.orders.WhichRuntimeTest.xml')
assert report.isFile() : 'WhichRuntimeTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 1 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "WhichRuntimeTest: ${suite.attributes}"
def log = new File(basedir, 'build.log').text
def line = log.readLines().find { it.contains('runtime interface client jar: ') }
assert line != null : 'the test did not say which runtime interface client ran'
assert !line.contains('2.8.7') : line
