import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar, rewriting the classes under a package prefix that are older than Java 6 (class file
 * version 49, as picocli ships) as Java 8 classes: the same code, with the stack maps the JVM's
 * verifier wants. A JVM's class-data-sharing and AOT caches leave such old classes out, so the
 * installed command line loaded and verified picocli's 180 classes from the jar on every start.
 * Needs JDK 24+ (java.lang.classfile); run as a source file by packaging/upgrade-old-classes.sh.
 *
 * <p>usage: {@code java UpgradeOldClasses.java IN.jar OUT.jar PREFIX}
 */
public final class UpgradeOldClasses {

    private static final int JAVA_6 = 50;
    private static final int JAVA_8 = 52;

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String prefix = args[2];
        int upgraded = 0;
        try (URLClassLoader jar = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
             ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            // stack maps need the common superclass of two types: the jar's own classes are read from it
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(jar))));
            ClassTransform toJava8 = (builder, element) -> {
                if (element instanceof ClassFileVersion) {
                    builder.withVersion(JAVA_8, 0);
                } else {
                    builder.with(element);
                }
            };
            // code passed through unchanged would keep its lack of stack maps: every method body is built again
            ClassTransform upgrade = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL).andThen(toJava8);
            for (ZipEntry entry; (entry = zin.getNextEntry()) != null; ) {
                byte[] bytes = zin.readAllBytes();
                if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class") && major(bytes) < JAVA_6) {
                    ClassModel model = classFile.parse(bytes);
                    bytes = classFile.transformClass(model, upgrade);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                zout.putNextEntry(copy);
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        System.out.println("upgrade-old-classes: " + upgraded + " classes under " + prefix + " now Java 8 classes");
    }

    private static int major(byte[] classBytes) {
        return ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff);
    }
}
