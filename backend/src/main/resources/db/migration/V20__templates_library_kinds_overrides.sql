-- The shared template library grows: receipt and invoice wording, the keychain card's texts, the consent form and the
-- seminar mails join the renewal letters. Documents that are issued and kept (receipts, invoices, seminar mails)
-- record the version they were written from, so a reprint shows the same words after head office publishes again.

-- Version 1 of every new kind is the text the product printed or sent before the kind existed.
insert into document_template_versions (template_key, version, subject, body, note, published_by) values
('receipt', 1, '領収書',
'但し　{fiscalYear} 協賛金として（{units}口）
上記正に領収いたしました。

入金日：{paidOn}　お支払方法：{paymentMethod}
消費税：不課税（協賛金は消費税の課税対象外です）', '初版（これまでの領収書の文言）', 'system'),
('invoice', 1, '請求書',
'下記のとおりご請求申し上げます。

対象期間：{fiscalYear}（{periodFrom}〜{periodTo}）
※協賛金は見守り活動へのご支援としてお受けするもので、対価性がないため消費税の課税対象外（不課税）です。消費税額はかかりません。',
'初版（これまでの請求書の文言）', 'system'),
('keychain-card', 1, '{regionName}',
'緊急連絡先
登録番号
見守りキーホルダー用カード　外側の角の線に沿って切り取り、点線で山折りにして差し込んでください。',
'初版（これまでのカードの文言）。本文は1行目が表の見出し、2行目が裏の見出し、3行目が用紙の上の案内です。', 'system'),
('consent-form', 1, '見守りキーホルダー登録 同意書',
'{regionName} 御中

私は、見守りキーホルダーの登録にあたり、次のことに同意します。

１．登録した情報（氏名、住所、連絡先、緊急連絡先、かかりつけ医など）を、地域包括支援センターが見守りのために保管すること。
２．外出先で倒れたときや保護されたときなど緊急の場合に、登録番号の照会を受けた地域包括支援センターが、必要な範囲で病院・警察・消防に情報を伝えること。
３．登録内容に変更があったときは、地域包括支援センターに届け出ること。
４．登録をやめたいときは、いつでも申し出ることができ、その後は情報が消去されること。

同意書の版：{formVersion}
　　年　　月　　日

本人氏名：＿＿＿＿＿＿＿＿＿＿＿＿
代理人氏名（続柄）：＿＿＿＿＿＿＿＿＿＿＿＿', '初版', 'system'),
('seminar-promoted', 1, '【参加確定】{seminarTitle}',
'{participantName} 様

{regionName}です。
キャンセル待ちをしていただいていた「{seminarTitle}」に空きが出ましたので、参加が確定しました。

日時: {when}
{venueLine}
ご都合が悪くなった場合は、お手数ですがご連絡ください。

{regionName}
', '初版（これまでのメールの文面）', 'system'),
('seminar-moved', 1, '【日時変更】{seminarTitle}',
'{participantName} 様

{regionName}です。
お申し込みいただいている「{seminarTitle}」の日時が変更になりました。

新しい日時: {when}
{venueLine}
ご都合が悪くなった場合は、お手数ですがご連絡ください。

{regionName}
', '初版（これまでのメールの文面）', 'system');

-- The exact text of a version a document recorded: the region's revision when it had one, else head office's
-- version. Both are insert-only, so the same arguments always give the same text.
create function document_template_text(p_region text, p_key text, p_version integer, p_region_revision integer)
    returns table (template_key text, version integer, region_revision integer, subject text, body text)
    language sql stable
as $$
    select v.template_key, v.version, null::integer, v.subject, v.body
    from document_template_versions v
    where p_region_revision is null and v.template_key = p_key and v.version = p_version
    union all
    select r.template_key, r.base_version, r.revision, r.subject, r.body
    from region_template_revisions r
    where p_region_revision is not null and r.region_id = p_region and r.template_key = p_key
      and r.revision = p_region_revision and r.base_version = p_version
$$;

revoke execute on function document_template_text(text, text, integer, integer) from public;
grant execute on function document_template_text(text, text, integer, integer) to ${appRole};

-- Receipts and invoices name the wording they were issued with. Those issued before were printed with what is now
-- version 1.
alter table receipts
    add column template_key             text,
    add column template_version         integer,
    add column template_region_revision integer,
    add foreign key (template_key, template_version) references document_template_versions (template_key, version),
    add foreign key (region_id, template_key, template_region_revision)
        references region_template_revisions (region_id, template_key, revision);
update receipts set template_key = 'receipt', template_version = 1;

alter table invoices
    add column template_key             text,
    add column template_version         integer,
    add column template_region_revision integer,
    add foreign key (template_key, template_version) references document_template_versions (template_key, version),
    add foreign key (region_id, template_key, template_region_revision)
        references region_template_revisions (region_id, template_key, revision);
update invoices set template_key = 'invoice', template_version = 1;

-- Which text each seminar mail was written from; null for mails queued before the library knew them.
alter table seminar_notices
    add column template_key             text,
    add column template_version         integer,
    add column template_region_revision integer,
    add foreign key (template_key, template_version) references document_template_versions (template_key, version),
    add foreign key (region_id, template_key, template_region_revision)
        references region_template_revisions (region_id, template_key, revision);
grant update (template_key, template_version, template_region_revision) on seminar_notices to ${appRole};

-- Which region uses its own text for which template, and the head-office version it is based on. Head office's
-- statistics read this overview through the stats role (a template override is not personal data); the texts
-- themselves stay under row-level security. Kept by a trigger that runs as the owner, like the sponsor counts.
create table template_overrides (
    region_id    text not null references regions (code),
    template_key text not null,
    base_version integer not null,
    since        timestamptz not null,
    primary key (region_id, template_key)
);
grant select on template_overrides to ${statsRole};
grant select (template_key, version) on document_template_versions to ${statsRole};

create function template_overrides_follow() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    if new.action = 'reverted' then
        delete from template_overrides where region_id = new.region_id and template_key = new.template_key;
    else
        insert into template_overrides (region_id, template_key, base_version, since)
        values (new.region_id, new.template_key, new.base_version, new.at)
        on conflict (region_id, template_key) do update set base_version = excluded.base_version;
    end if;
    return null;
end
$$;

create trigger template_overrides_follow
    after insert on region_template_revisions
    for each row execute function template_overrides_follow();

insert into template_overrides (region_id, template_key, base_version, since)
select distinct on (region_id, template_key) region_id, template_key, base_version, at
from region_template_revisions
order by region_id, template_key, revision desc;
delete from template_overrides o where exists (
    select 1 from region_template_revisions r
    where r.region_id = o.region_id and r.template_key = o.template_key and r.action = 'reverted'
      and r.revision = (select max(revision) from region_template_revisions x
                        where x.region_id = o.region_id and x.template_key = o.template_key));

-- A region's own view of a shared sponsor category: hidden from its choices, or shown under its own label.
-- Sponsors already filed under a hidden category keep it.
create table region_sponsor_categories (
    region_id     text not null references regions (code),
    category_code text not null references sponsor_categories (code),
    hidden        boolean not null default false,
    label_ja      text check (label_ja is null or length(label_ja) between 1 and 50),
    label_en      text check (label_en is null or length(label_en) between 1 and 80),
    version       integer not null default 0,
    updated_by    text not null,
    updated_at    timestamptz not null default now(),
    primary key (region_id, category_code)
);

alter table region_sponsor_categories enable row level security;
alter table region_sponsor_categories force row level security;
create policy region_isolation on region_sponsor_categories
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert, update, delete on region_sponsor_categories to ${appRole};

-- Named seminar formats a new seminar may start from: one a line, 名称｜所要時間（分）｜定員｜説明.
insert into document_template_versions (template_key, version, subject, body, note, published_by) values
('seminar-formats', 1, null,
'地域づくりセミナー｜120｜40｜医療・介護・地域の皆さんが一緒に学び、見守りの輪を広げるためのセミナーです。
体操教室｜60｜20｜介護予防のための体操教室です。動きやすい服装と飲み物をお持ちください。
見守りキーホルダー説明会｜60｜30｜見守りキーホルダーの登録のしかたと、困ったときの使い方をご説明します。', '初版', 'system');
