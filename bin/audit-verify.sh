#!/usr/bin/env bash
# Verifies the audit trail's chains and signed daily digests over a range of days, straight from
# the database, with the audit signing certificate only. Exit code 0 intact, 1 not, 2 could not.
#   RISLINK_DB_PASSWORD=... bin/audit-verify.sh --url jdbc:oracle:thin:@//db:1521/RISLINK --user rislink \
#       --certificate audit.pem --from 1151101 --to 1151122
# Without --url it checks the run command's embedded database (.data/), which H2 opens only while
# the server is stopped, with the development certificate of the prepared server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
./mvnw -q -pl persistence,ejb -am install -DskipTests -Dwildfly.skip
./mvnw -q -pl ejb dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/verify.classpath
mkdir -p "$ROOT/target"
CLASSPATH="$ROOT/ejb/target/classes:$(cat "$ROOT/ejb/target/verify.classpath")"
OJDBC=$(ls "$ROOT"/wildfly-config/target/wildfly/wildfly-*/modules/com/oracle/ojdbc11/main/*.jar 2>/dev/null | head -n 1 || true)
[ -n "$OJDBC" ] && CLASSPATH="$CLASSPATH:$OJDBC"
ARGS=("$@")
if [[ ! " $* " =~ " --url " ]]; then
    KEYSTORE=$(ls "$ROOT"/wildfly-config/target/wildfly/wildfly-*/standalone/configuration/rislink-audit.p12 | head -n 1)
    keytool -exportcert -alias audit -keystore "$KEYSTORE" -storepass "${RISLINK_AUDIT_KEY_PASSWORD:-rislink-dev-only}" \
        -file "$ROOT/target/audit-dev.cer" >/dev/null
    export RISLINK_DB_PASSWORD=${RISLINK_DB_PASSWORD:-sa}
    ARGS=(--url "jdbc:h2:file:$ROOT/.data/rislink;MODE=Oracle" --user sa --certificate "$ROOT/target/audit-dev.cer" "$@")
fi
exec java -cp "$CLASSPATH" tw.rislink.audit.control.AuditVerifyCommand "${ARGS[@]}"
