// findings do not fail the report goal; the reports are written where configured
def sarif = new File(basedir, 'target/archkit/archkit.sarif')
assert sarif.isFile()
def doc = new groovy.json.JsonSlurper().parse(sarif)
assert doc.version == '2.1.0'
assert doc.runs[0].results*.ruleId.contains('hygiene/image-tag')
assert doc.runs[0].results.every { it.partialFingerprints.primaryLocationLineHash && it.partialFingerprints['archkit/v2'] }
def junit = new File(basedir, 'target/archkit/archkit-junit.xml')
assert junit.isFile() && junit.text.contains('<testsuites name="archkit"')
def html = new File(basedir, 'target/archkit/archkit.html')
assert html.isFile()
assert html.text.contains('<section class="arch"') && html.text.contains('<svg') && html.text.contains('hygiene/image-tag')
return true
