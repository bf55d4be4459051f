package io.github.s2a4j.testing;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Null for every argument of every public method and constructor of a package's public classes: Guava's
 * {@link NullPointerTester} checks that each throws {@link NullPointerException}, and this class that the
 * exception's message is the parameter's name (the build compiles with {@code -parameters}), which is how the
 * code names the argument. Parameters annotated {@code @Nullable} are skipped, as are methods declared outside
 * the package (LangChain4j's default methods) and those {@link #ignore ignored} with a reason.
 */
public final class NullChecks {

    private final String packageName;
    private final Path classes;
    private final Map<Class<?>, Supplier<?>> defaults = new HashMap<>();
    private final Map<Class<?>, List<Supplier<?>>> receivers = new LinkedHashMap<>();
    private final Map<String, String> ignored = new HashMap<>();

    private NullChecks(Class<?> anchor) {
        this.packageName = anchor.getPackageName();
        try {
            URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
            this.classes = Path.of(location.toURI()).resolve(packageName.replace('.', '/'));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("no class directory for " + packageName + " at " + classes);
        }
    }

    /** Checks for the public classes of one package (not its subpackages): the package of {@code anchor}. */
    public static NullChecks forPackageOf(Class<?> anchor) {
        return new NullChecks(anchor);
    }

    /** The value passed for the other, non-null, parameters of this type. */
    public <T> NullChecks setDefault(Class<T> type, Supplier<? extends T> value) {
        defaults.put(type, value);
        return this;
    }

    /**
     * Where the instance methods of a public class are called, a fresh instance each time; several for an
     * interface with several implementations.
     */
    public <T> NullChecks receiver(Class<T> type, Supplier<? extends T> instance) {
        receivers.computeIfAbsent(type, key -> new ArrayList<>()).add(instance);
        return this;
    }

    /** Leaves out the methods of a type with this name, for the reason given (kept for the record). */
    public NullChecks ignore(Class<?> type, String methodName, String reason) {
        ignored.put(type.getName() + "#" + methodName, reason);
        return this;
    }

    /**
     * Every public class of the package, nested ones included, as the compiled classes on the class path have
     * them.
     */
    public List<Class<?>> publicClasses() {
        List<Class<?>> found = new ArrayList<>();
        try {
            try (Stream<Path> files = Files.list(classes)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - 6));
                    if (isPublic(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                        found.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Classes that have public instance methods of the package's own but no receiver to call them on. */
    public Set<String> withoutReceiver() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : publicClasses()) {
            boolean ignoredAll = ownInstanceMethods(type).stream().allMatch(this::isIgnored);
            if (!receivers.containsKey(type) && !ignoredAll && !type.isEnum() && !type.isRecord()) {
                missing.add(type.getName());
            }
        }
        return missing;
    }

    /** Runs Guava's NullPointerTester over every public class; throws its first failure. */
    public void runNullPointerTester() {
        NullPointerTester tester = new NullPointerTester();
        defaults.forEach((type, value) -> setDefault(tester, type, value.get()));
        for (Class<?> type : publicClasses()) {
            for (Method method : type.getMethods()) {
                if (!isOwn(method) || isIgnored(method)) {
                    tester.ignore(method);
                }
            }
            tester.testAllPublicStaticMethods(type);
            tester.testAllPublicConstructors(type);
            for (Supplier<?> receiver : receivers.getOrDefault(type, List.of())) {
                tester.testAllPublicInstanceMethods(receiver.get());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
        tester.setDefault(type, (T) value);
    }

    /**
     * Calls every public method and constructor of the package's own with {@code null} for each non-null
     * parameter in turn, and lists each that did not throw a NullPointerException naming the parameter.
     *
     * @return one line per failure: the method, the parameter, and what happened instead; empty if none
     */
    public List<String> misnamed() {
        List<String> failures = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            for (Constructor<?> constructor : type.getConstructors()) {
                check(constructor, null, failures);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
                        && !isGenerated(type, method) && !isIgnored(method)) {
                    check(method, null, failures);
                }
            }
            for (Supplier<?> receiver : receivers.getOrDefault(type, List.of())) {
                for (Method method : ownInstanceMethods(type)) {
                    if (!isIgnored(method)) {
                        check(method, receiver, failures);
                    }
                }
            }
        }
        return failures;
    }

    /** How many parameters {@link #misnamed()} passes null to. */
    public int checkedParameters() {
        int count = 0;
        for (Class<?> type : publicClasses()) {
            List<Executable> executables = new ArrayList<>(Arrays.asList(type.getConstructors()));
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && Modifier.isPublic(method.getModifiers())
                        && !isGenerated(type, method) && !isIgnored(method)) {
                    executables.add(method);
                }
            }
            for (int r = 0; r < receivers.getOrDefault(type, List.of()).size(); r++) {
                ownInstanceMethods(type).stream().filter(method -> !isIgnored(method)).forEach(executables::add);
            }
            for (Executable executable : executables) {
                for (Parameter parameter : executable.getParameters()) {
                    count += nullable(parameter) ? 0 : 1;
                }
            }
        }
        return count;
    }

    private List<Method> ownInstanceMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (!Modifier.isStatic(method.getModifiers()) && isOwn(method) && method.getParameterCount() > 0
                    && !method.getName().equals("equals")) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::toGenericString));
        return methods;
    }

    private boolean isOwn(Method method) {
        return method.getDeclaringClass().getName().startsWith(packageName + ".")
                && method.getDeclaringClass().getPackageName().equals(packageName)
                && !method.isBridge() && !method.isSynthetic();
    }

    /** The compiler's methods of enums and records, whose null handling is the JDK's. */
    private static boolean isGenerated(Class<?> type, Method method) {
        return type.isEnum() && (method.getName().equals("valueOf") || method.getName().equals("values"));
    }

    private boolean isIgnored(Method method) {
        return ignored.containsKey(method.getDeclaringClass().getName() + "#" + method.getName());
    }

    private static boolean nullable(Parameter parameter) {
        return parameter.getType().isPrimitive()
                || parameter.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || parameter.isAnnotationPresent(Nullable.class);
    }

    private void check(Executable executable, @Nullable Supplier<?> receiver, List<String> failures) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (nullable(parameters[i])) {
                continue;
            }
            if (!parameters[i].isNamePresent()) {
                failures.add(executable + ": compiled without -parameters");
                return;
            }
            Object[] arguments = new Object[parameters.length];
            for (int j = 0; j < parameters.length; j++) {
                boolean mayBeNull = nullable(parameters[j]) && !parameters[j].getType().isPrimitive();
                arguments[j] = j == i || mayBeNull ? null : defaultFor(parameters[j].getType(), executable);
            }
            String name = parameters[i].getName();
            Throwable thrown = invoke(executable, receiver, arguments);
            if (!(thrown instanceof NullPointerException) || !name.equals(thrown.getMessage())) {
                failures.add(describe(executable) + (receiver == null ? "" : " on " + receiverName(receiver))
                        + " with null " + name + ": "
                        + (thrown == null ? "no exception" : thrown.toString()));
            }
        }
    }

    private static @Nullable Throwable invoke(
            Executable executable, @Nullable Supplier<?> receiver, @Nullable Object[] arguments) {
        try {
            if (executable instanceof Constructor<?> constructor) {
                constructor.setAccessible(true);
                constructor.newInstance(arguments);
            } else {
                Method method = (Method) executable;
                method.setAccessible(true);
                method.invoke(receiver == null ? null : receiver.get(), arguments);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            return e;
        }
    }

    private Object defaultFor(Class<?> type, Executable executable) {
        Supplier<?> value = defaults.get(type);
        if (value != null) {
            return value.get();
        }
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == long.class) {
            return type == int.class ? (Object) 1 : (Object) 1L;
        }
        if (type == double.class) {
            return 0.5;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == List.class || type == java.util.Collection.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalStateException("no default " + type.getName() + " for " + executable);
    }

    private static String receiverName(Supplier<?> receiver) {
        Object instance = receiver.get();
        return instance.getClass().isSynthetic() || instance.getClass().isAnonymousClass()
                ? instance.getClass().getName() : instance.toString();
    }

    private static String describe(Executable executable) {
        return executable.getDeclaringClass().getSimpleName() + "." + executable.getName()
                + Arrays.stream(executable.getParameterTypes()).map(Class::getSimpleName).toList();
    }
}
