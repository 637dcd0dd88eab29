// Every region, optionally of one country and/or level: top-level regions (no parent) first,
// then by name and id.
MATCH (r:Region)
WHERE ($country IS NULL OR r.country = $country) AND ($level IS NULL OR r.level = $level)
RETURN properties(r) AS props
ORDER BY CASE WHEN r.parentId IS NULL THEN 0 ELSE 1 END, r.name, r.id
