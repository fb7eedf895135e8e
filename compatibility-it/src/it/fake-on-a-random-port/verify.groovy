// The fake's random port reached the function in both isolations.
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
assert !reports.isEmpty() : 'no test ran'
def tests = 0
reports.each { file ->
    def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
    assert (suite.getAttribute('failures') as int) == 0 && (suite.getAttribute('errors') as int) == 0 : "${file.name}: ${suite.attributes}"
    tests += suite.getAttribute('tests') as int
}
assert tests == 2 : "expected the in-process and the forked test, ran ${tests}"
