// The fake's random port reached the function in both isolations: one passing test per nested class.
// (Surefire reports nested classes' tests on the console per class; its XML for the outer class counts none.)
def log = new File(basedir, 'build.log').text
['InProcess', 'Forked'].each { nested ->
    def line = log.readLines().find { it.contains("in com.example.stock.StockLevelTest\$${nested}") }
    assert line != null : "the ${nested} test did not run"
    assert line.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : line
}
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'expected two passing tests in all'
