package dev.archkit.gen.terraform;

/**
 * One concern of the generated Terraform: writes its resources into the document of its file
 * and says, in the notes, what it could not generate. Emitters run in a fixed order (see
 * {@link TerraformGenerator}); several may write into one file, one after the other.
 */
interface Emitter {

    /** The file this emitter writes into. */
    TfFile file();

    void emit(Hcl.Doc doc, Notes notes);
}
