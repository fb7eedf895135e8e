// The harness's own libraries travel inside its jars: adding lambda-harness-junit brings none of them
// into the project's dependencies, and changes none of the project's own.
def read = { String name ->
    def file = new File(basedir, name)
    assert file.isFile() : "${name} was not written: the dependency:list step did not run"
    file.readLines().collect { it.trim() }.findAll { it ==~ /^[^\s:]+:[^\s:]+:.*/ }.collect { it.replaceAll(/ -- module .*/, '') }
}
def without = read('test-dependencies-without-harness.txt')
def with = read('test-dependencies-with-harness.txt')
assert !without.isEmpty() : 'the dependency list without the harness is empty'

def changed = without - with
assert changed.isEmpty() : "adding lambda-harness-junit changed the project's own dependencies: ${changed} no longer resolve as they did"

def internal = with.findAll { it.startsWith('org.ow2.asm:') || it.startsWith('org.yaml:') }
assert internal.isEmpty() : "the harness brought its internal libraries into the project: ${internal}"

def report = new File(basedir, 'target/surefire-reports/TEST-com.example.orders.GreetTest.xml')
assert report.isFile() : 'the @LambdaTest test did not run'
def suite = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).documentElement
def count = { String attribute -> suite.getAttribute(attribute) as int }
assert count('tests') == 2 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "GreetTest: ${suite.attributes}"
