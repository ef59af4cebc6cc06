# Sourced by the bin/recommender-* commands: builds the recommender library and its tools module (evaluation,
# synthetic data, benchmark, Mahout) when their sources changed, and sets RECOMMENDER_CP to the tools' classes
# and dependencies.
R="$ROOT/recommender-tools"
L="$ROOT/recommender"
if [ ! -d "$R/target/classes/cat" ] || [ ! -f "$R/target/classpath.txt" ] || [ "$R/pom.xml" -nt "$R/target/classpath.txt" ] \
   || [ "$L/pom.xml" -nt "$R/target/classpath.txt" ] \
   || [ -n "$(find "$R/src/main" "$L/src/main" -newer "$R/target/classpath.txt" -type f 2>/dev/null | head -1)" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests -pl recommender,recommender-tools install >&2 \
    && mvn -B -q -pl recommender-tools dependency:build-classpath -Dmdep.outputFile="$R/target/classpath.txt" >&2)
fi
RECOMMENDER_CP="$R/target/classes:$(cat "$R/target/classpath.txt")"
