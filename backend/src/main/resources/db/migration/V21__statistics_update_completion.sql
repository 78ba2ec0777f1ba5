-- Birth-month update completion joins head office's figures (docs/adr/0017 "Adding a metric"). The rollup
-- update_completion_counts (docs/adr/0014) is kept per birth month; a month belongs to the fiscal year that holds
-- it (April–March), so January to March count in the year before. The view is the V18 view plus one branch.
create or replace view region_year_figures as
select region_id, fiscal_year, figure, value from region_year_counts where figure not in ('sessions_scheduled', 'sessions_scheduled_rule_of_three')
union all
select region_id, fiscal_year, f.figure, f.value from sponsorship_year_totals t
cross join lateral (values ('sponsorships_due', (t.sponsors - t.newcomers)::bigint),
                           ('sponsorships_renewed', t.renewed::bigint),
                           ('sponsorships_new', t.newcomers::bigint),
                           ('fees_pledged', t.fees_pledged),
                           ('fees_received', t.fees_received)) as f (figure, value)
union all
select region_id, fiscal_year,
       case figure when 'sessions_scheduled' then 'sessions_held' else 'sessions_rule_of_three' end, value
from region_year_counts
where figure in ('sessions_scheduled', 'sessions_scheduled_rule_of_three') and fiscal_year < fiscal_year_of(now())
union all
select region_id, fiscal_year, f.figure, f.value from (
    select region_id, fiscal_year, count(*) as held, count(*) filter (where meets_rule_of_three) as rule_of_three
    from seminar_session_facts where fiscal_year >= fiscal_year_of(now()) and starts_at <= now()
    group by region_id, fiscal_year) s
cross join lateral (values ('sessions_held', s.held), ('sessions_rule_of_three', s.rule_of_three)) as f (figure, value)
union all
select region_id, fiscal_year, f.figure, f.value from (
    select region_id, case when month >= 4 then year else year - 1 end as fiscal_year,
           sum(due_count)::bigint as due, sum(done_count)::bigint as done
    from update_completion_counts
    group by 1, 2) u
cross join lateral (values ('updates_due', u.due), ('updates_done', u.done)) as f (figure, value);
