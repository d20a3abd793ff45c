// What the project built with the README's Jackson 3 setup did: the processor wired Disk for Jackson 3
// only, and Main printed what SPEC §5 says the class does under Jackson 3.

File generated = new File(basedir, 'target/generated-sources/annotations/com/example/disks/Disk.java')
assert generated.isFile() : "the processor wrote no ${generated}"
String source = generated.getText('UTF-8')
assert source.contains('import tools.jackson.databind.annotation.JsonDeserialize;') : 'Disk is not wired for Jackson 3'
assert !source.contains('com.fasterxml.jackson.databind') : 'Disk names Jackson 2 databind'

List<String> out = new File(basedir, 'build.log').getText('UTF-8').readLines()
[
    'JsonMapper writes: {"name":"boot","sizeGib":40}',
    'JsonMapper reads equal: true',
    'toJson: {"name":"boot","sizeGib":40}',
    'fromJson equals: true',
    'read: DatabindException caused by ModelValidationException',
].each { expected ->
    assert out.contains(expected) : "Main did not print: ${expected}"
}
assert out.any { it.startsWith('message: Invalid Disk: Invalid value for `name`') } : 'no violation message'
return true
