// prepare listed the function's exact code and JaCoCo still counted the handler, run in the
// function's own class loader.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.visibility.VisibleTest.xml')
assert report.isFile() : 'VisibleTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 3 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "VisibleTest: ${suite.attributes}"

def list = new File(basedir, 'target/lambda-harness/function-code.txt')
assert list.isFile() : 'lambda-harness:prepare wrote no function code file'
def entries = list.readLines().findAll { !it.startsWith('#') }
assert entries[0] == new File(basedir, 'target/classes').canonicalPath : "the main classes come first: ${entries}"
assert entries.any { it.endsWith('utils-lite-2.34.0.jar') } : "the compile dependency is missing: ${entries}"
assert !entries.any { it.contains('byte-buddy') || it.contains('junit') || it.contains('lambda-harness') } : "test-scoped entries listed: ${entries}"

def exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0 : 'JaCoCo wrote no coverage'
assert new String(exec.bytes, 'ISO-8859-1').contains('com/example/visibility/Visible') : 'the handler is not in the coverage data'
