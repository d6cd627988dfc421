// input errors fail the report goal too, after the reports that list them are written
def log = new File(basedir, 'build.log').text
assert log.contains('archkit: the input has errors')
def doc = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/archkit/archkit.sarif'))
assert doc.runs[0].results*.ruleId == ['input/region']
def junit = new File(basedir, 'target/archkit/archkit-junit.xml').text
assert junit.contains('<testsuite name="input" tests="1" failures="1">')
return true
