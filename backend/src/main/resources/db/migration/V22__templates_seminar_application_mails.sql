-- The seminar mails added with the public calendar (an application received, a place on the waitlist, a session
-- called off) join the template library like the other seminar mails (docs/adr/0019). Version 1 is the text the
-- product sent before.
insert into document_template_versions (template_key, version, subject, body, note, published_by) values
('seminar-confirmed', 1, '【お申し込み受付】{seminarTitle}',
'{participantName} 様

{regionName}です。
「{seminarTitle}」へのお申し込みを受け付けました。当日お気をつけてお越しください。

日時: {when}
{venueLine}
ご都合が悪くなった場合は、お手数ですがご連絡ください。

{regionName}
', '初版（これまでのメールの文面）', 'system'),
('seminar-waitlisted', 1, '【キャンセル待ち受付】{seminarTitle}',
'{participantName} 様

{regionName}です。
「{seminarTitle}」は満席のため、キャンセル待ちとして受け付けました。空きが出ましたら、改めてご連絡します。

日時: {when}
{venueLine}
ご都合が悪くなった場合は、お手数ですがご連絡ください。

{regionName}
', '初版（これまでのメールの文面）', 'system'),
('seminar-cancelled', 1, '【中止】{seminarTitle}',
'{participantName} 様

{regionName}です。
お申し込みいただいていた「{seminarTitle}」の次の回は、都合により中止となりました。ご迷惑をおかけして申し訳ありません。お申し込みは取り消しました。

中止の回: {when}
{venueLine}
{regionName}
', '初版（これまでのメールの文面）', 'system');
