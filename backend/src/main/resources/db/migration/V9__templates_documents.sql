-- Head office's library of document texts (renewal request, reminder, later receipts, consent forms …). A publish
-- adds a version and never changes one: a document already sent names the version it was written from.
create table document_template_versions (
    template_key text not null check (template_key ~ '^[a-z][a-z0-9-]{1,60}$'),
    version      integer not null check (version > 0),
    subject      text,
    body         text not null,
    note         text not null,
    published_by text not null,
    published_at timestamptz not null default now(),
    primary key (template_key, version)
);

grant select, insert on document_template_versions to ${appRole};

-- A region's own text for a template. Every edit, rebase (reviewed against a newer head-office version) and revert
-- (back to head office's text) is a new revision; the newest revision is in force unless it is a revert.
-- base_version is the head-office version the region's text was written from or last reviewed against.
create table region_template_revisions (
    region_id    text not null references regions (code),
    template_key text not null,
    revision     integer not null check (revision > 0),
    action       text not null check (action in ('edited', 'rebased', 'reverted')),
    base_version integer not null,
    subject      text,
    body         text,
    actor        text not null,
    at           timestamptz not null default now(),
    primary key (region_id, template_key, revision),
    foreign key (template_key, base_version) references document_template_versions (template_key, version),
    check ((action = 'reverted') = (body is null))
);

alter table region_template_revisions enable row level security;
alter table region_template_revisions force row level security;
create policy region_isolation on region_template_revisions
    using (region_id = current_region()) with check (region_id = current_region());

grant select, insert on region_template_revisions to ${appRole};

-- The text a region uses now: its own while one is in force, otherwise head office's latest version. Features
-- that write documents read it here. version is the head-office version the text is (or is based on);
-- region_revision is null for head office's text. Runs as the caller, so row-level security applies.
create function effective_document_template(p_region text, p_key text)
    returns table (template_key text, version integer, region_revision integer, subject text, body text)
    language sql stable
as $$
    with latest as (select * from document_template_versions v where v.template_key = p_key
                    order by v.version desc limit 1),
         own as (select * from region_template_revisions r where r.region_id = p_region and r.template_key = p_key
                 order by r.revision desc limit 1)
    select l.template_key,
           case when o.action <> 'reverted' then o.base_version else l.version end,
           case when o.action <> 'reverted' then o.revision end,
           case when o.action <> 'reverted' then o.subject else l.subject end,
           case when o.action <> 'reverted' then o.body else l.body end
    from latest l left join own o on true
$$;

revoke execute on function effective_document_template(text, text) from public;
grant execute on function effective_document_template(text, text) to ${appRole};

-- Which text each renewal send was written from; null for sends made before the library existed.
alter table renewal_sends
    add column template_key             text,
    add column template_version         integer,
    add column template_region_revision integer,
    add foreign key (template_key, template_version) references document_template_versions (template_key, version),
    add foreign key (region_id, template_key, template_region_revision)
        references region_template_revisions (region_id, template_key, revision);

-- Version 1 of each renewal text. The request is the fixed text the emails used before the library, with one
-- change: how to answer is a placeholder, because the same text is now also printed as a letter.
insert into document_template_versions (template_key, version, subject, body, note, published_by) values
('renewal-request', 1, '{regionName} 協賛継続のお願い（{fiscalYear}）',
'{sponsorName}
{contactName} 様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素より{regionName}の見守り活動にご協賛を賜り、誠にありがとうございます。

{fiscalYearLabel}の協賛のご継続について、ご検討をお願い申し上げます。

　協賛口数（前年度）：{units}口
　協賛金　　　　　　：{fee}
　協賛特典　　　　　：{benefits}

お手数ですが、{dueDate}までに、{howToAnswer}ご回答をお知らせください。
ご不明な点がございましたら、お気軽にお問い合わせください。

敬具

{regionName}
', '初版（これまでの依頼メールの文面）', 'system'),
('renewal-reminder', 1, '【再送】{regionName} 協賛継続のお願い（{fiscalYear}）',
'{sponsorName}
{contactName} 様

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素より{regionName}の見守り活動にご協賛を賜り、誠にありがとうございます。

先日、{fiscalYearLabel}の協賛のご継続についてお願いをお送りいたしましたが、
まだご回答をいただいていないようですので、改めてご案内申し上げます。
行き違いでご回答いただいている場合は、ご容赦ください。

　協賛口数（前年度）：{units}口
　協賛金　　　　　　：{fee}
　協賛特典　　　　　：{benefits}

お手数ですが、{dueDate}までに、{howToAnswer}ご回答をお知らせください。
ご不明な点がございましたら、お気軽にお問い合わせください。

敬具

{regionName}
', '初版', 'system');
