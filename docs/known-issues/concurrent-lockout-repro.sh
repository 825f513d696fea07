#!/bin/bash
# Reproduces docs/KNOWN-ISSUES.md #1 on a build of this repository (./mvnw package -DskipTests).
# Starts its own server (port offset 500, work folder /tmp/rislink-repro) with a 15 s lockout,
# sends 10 wrong passwords for "auditor" at once, waits for the unlock timer, and prints what
# the security realm returns for the account before, during and after.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
H=$(ls -d "$ROOT"/wildfly-config/target/wildfly/wildfly-* | head -n 1)
W=/tmp/rislink-repro
rm -rf $W && mkdir -p $W
cp -r "$ROOT/wildfly-config/target/wildfly/base-template" $W/base
cp "$ROOT/ear/target/rislink.ear" $W/base/deployments/
LAUNCH_JBOSS_IN_BACKGROUND=1 "$H/bin/standalone.sh" -Djboss.server.base.dir=$W/base \
    -Djboss.socket.binding.port-offset=500 -Drislink.data.dir=$W/data \
    -Drislink.account.lockout-duration=PT15S > $W/console.log 2>&1 &
SERVER=$!
until [ -f $W/base/deployments/rislink.ear.deployed ]; do sleep 1; done
U=https://localhost:8943/rislink
realm() { "$H/bin/jboss-cli.sh" -c --controller=localhost:10490 \
    --command="/subsystem=elytron/security-domain=RislinkDomain:read-identity(name=auditor)" | grep '"roles"'; }
signin() { # user password cookie-file
    curl -sk -c $3 -b $3 -o $3.html $U/login.xhtml
    VS=$(grep -o 'ViewState:0" value="[^"]*' $3.html | sed 's/.*value="//')
    curl -sk -c $3 -b $3 -o $3.r -w "%{http_code} " -H "Accept-Language: en" \
        --data-urlencode "signIn=signIn" --data-urlencode "signIn:username=$1" \
        --data-urlencode "signIn:password=$2" --data-urlencode "signIn:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$VS" $U/login.xhtml
    grep -o 'ui-messages-error-summary">[^<]*' $3.r; echo
}
echo "before:       $(realm)"
PIDS=""
for i in $(seq 1 10); do signin auditor wrong$i $W/c$i & PIDS="$PIDS $!"; done
wait $PIDS
echo "locked:       $(realm)"
sleep 20
echo "unlocked:     $(realm)"
echo "right password after unlock:"; signin auditor rislink-demo $W/ok
kill $SERVER
