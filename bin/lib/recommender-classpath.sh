# Sourced by the bin/recommender-* commands: builds the recommender module when its sources changed and
# sets RECOMMENDER_CP to its classes and dependencies (Tribuo; Mahout for the evaluation only).
R="$ROOT/recommender"
if [ ! -d "$R/target/classes/cat" ] || [ ! -f "$R/target/classpath.txt" ] || [ "$R/pom.xml" -nt "$R/target/classpath.txt" ] \
   || [ -n "$(find "$R/src/main" -newer "$R/target/classes" -type f 2>/dev/null | head -1)" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests -pl recommender install >&2 \
    && mvn -B -q -pl recommender dependency:build-classpath -Dmdep.outputFile="$R/target/classpath.txt" >&2)
fi
RECOMMENDER_CP="$R/target/classes:$(cat "$R/target/classpath.txt")"
