// Both tests ran, in both isolations, and passed.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.net.LoopbackOnlyTest.xml')
assert report.isFile() : 'LoopbackOnlyTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 4 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "LoopbackOnlyTest: ${suite.attributes}"
