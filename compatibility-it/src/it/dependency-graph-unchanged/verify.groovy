// Adding lambda-harness-junit as a test dependency must not change what the function ships with.
def read = { String name ->
    def file = new File(basedir, name)
    assert file.isFile() : "${name} was not written: the dependency:list step did not run"
    file.readLines().collect { it.trim() }.findAll { it ==~ /^[^\s:]+:[^\s:]+:.*/ }.sort()
}
def without = read('runtime-dependencies-without-harness.txt')
def with = read('runtime-dependencies-with-harness.txt')
assert !without.isEmpty() : 'the runtime dependency list without the harness is empty'
def added = with - without
def removed = without - with
assert added.isEmpty() && removed.isEmpty() :
    "adding lambda-harness-junit changed the function's runtime dependencies:\n" +
    "  added or changed: ${added}\n  no longer there: ${removed}"

// On the test class path the harness may add itself and the APIs its users program against (AssertJ),
// but no other library, and no version of anything the project already resolved may change.
def testWithout = read('test-dependencies-without-harness.txt')
def testWith = read('test-dependencies-with-harness.txt')
def coordinates = { String line -> line.split(':').take(2).join(':') }
def changed = testWithout - testWith
assert changed.isEmpty() : "adding lambda-harness-junit changed the project's test dependencies: ${changed}"
def allowed = { String line -> line.startsWith('dev.lambdaharness:') || coordinates(line) == 'org.assertj:assertj-core' }
def foreign = (testWith - testWithout).findAll { !allowed(it) }
assert foreign.isEmpty() : "lambda-harness-junit brought libraries of its own onto the test class path: ${foreign}"

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.orders.RecordOrderTest.xml')
assert report.isFile() : 'the @LambdaTest test did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 2 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "RecordOrderTest: ${suite.attributes}"
