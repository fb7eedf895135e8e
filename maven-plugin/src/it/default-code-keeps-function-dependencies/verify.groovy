// The handler ran in-process on its own utils-lite and Byte Buddy, and the function said in one line
// how to make its code exact.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.tags.TagRequestTest.xml')
assert report.isFile() : 'TagRequestTest did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 1 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "TagRequestTest: ${suite.attributes}"

def log = new File(basedir, 'build.log').readLines()
def warning = log.findAll { it.contains('runs on the test class path less') }
assert warning.size() == 1 : "expected one warning line about the left-out entries, found ${warning}"
assert warning[0].contains('lambda-harness:prepare') && warning[0].contains('-Dlambdaharness.functionCode=') : warning[0]
assert !log.any { it.contains('NoClassDefFoundError') } : 'a class of the function was missing'
