// Every test ran and passed on the oldest versions, under Surefire 2.22.2.
def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:2.22.2:test') : 'Surefire 2.22.2 did not run the tests'
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.oldest.PriceOrderTest.xml')
assert report.isFile() : 'the @LambdaTest test did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 5 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "PriceOrderTest: ${suite.attributes}"
