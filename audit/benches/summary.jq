# The summary of audit/benches/summary.py in jq, over the archive's objects gunzipped one
# after another (each a JSON array): records, other services' records by service, ECD's
# records by eventName and eventRW, ECD's failed requests by eventName and identity and by
# errorCode, ECD's first and last eventTime (as strings). Prints the same JSON object as
# summary.py, but for distinct eventIds (null): jq 1.6 (Debian 12's) copies an object it
# updates inside `reduce`, so a set of every eventId makes the run quadratic (150,000 records:
# 671 s instead of some 10).
#
# Run: find ARCHIVE -name '*.gz' -print0 | xargs -0 zcat | jq -n -c -f audit/benches/summary.jq
reduce (inputs | .[]) as $r (
  {records: 0, other: {}, ecd: 0, events: {}, failed: {}, codes: {}, first: null, last: null};
  .records += 1
  | (($r.serviceName // "") | ascii_downcase) as $service
  | if $service == "ecd" or $service == "eds-user" then
      .ecd += 1
      | .events[($r.eventName // "") + " " + ($r.eventRW // "")] += 1
      | if $r.eventTime == null then .
        else
          (if .first == null or $r.eventTime < .first then .first = $r.eventTime else . end)
          | (if .last == null or $r.eventTime > .last then .last = $r.eventTime else . end)
        end
      | (($r.errorCode // "") | tostring) as $code
      | if $code != "" or ($r.errorMessage // "") != "" then
          ([$r.userIdentity | (.userName, .principalId, .accessKeyId, .type)?
            | select(. != null and . != "")] | first // "?") as $who
          | .failed[($r.eventName // "") + " " + $who] += 1
          | .codes[$code] += 1
        else . end
    else .other[$service] += 1
    end
)
| {
    records,
    distinct_event_ids: null,
    ecd_records: .ecd,
    other_services: .other,
    ecd_event_groups: (.events | length),
    failed: ([.failed[]] | add // 0),
    failed_groups: (.failed | length),
    failed_by_code: .codes,
    first_event_time: .first,
    last_event_time: .last
  }
