// helper functions that take and return &mut into a struct, chained reborrows used one after another
#[derive(Debug)]
struct Team {
    name: String,
    players: Vec<Player>,
}

#[derive(Debug)]
struct Player {
    name: String,
    goals: u32,
}

fn find_mut<'a>(team: &'a mut Team, name: &str) -> Option<&'a mut Player> {
    team.players.iter_mut().find(|p| p.name == name)
}

fn top_scorer(team: &mut Team) -> &mut Player {
    let mut best = 0;
    for (i, p) in team.players.iter().enumerate() {
        if p.goals > team.players[best].goals {
            best = i;
        }
    }
    &mut team.players[best]
}

fn score(p: &mut Player, n: u32) -> u32 {
    p.goals += n;
    p.goals
}

fn main() {
    let mut team = Team {
        name: String::from("otters"),
        players: vec![
            Player { name: String::from("jo"), goals: 2 },
            Player { name: String::from("kai"), goals: 5 },
            Player { name: String::from("lu"), goals: 1 },
        ],
    };
    if let Some(p) = find_mut(&mut team, "lu") {
        score(p, 3);
        let again = &mut *p;
        again.goals += 3;
    }
    let best = top_scorer(&mut team);
    let total = score(best, 1);
    println!("{} now has {}", best.name, total);
    let names = team.players.iter().map(|p| format!("{}={}", p.name, p.goals)).collect::<Vec<_>>();
    println!("{}: {}", team.name, names.join(" "));
    let r = &mut team;
    r.players.push(Player { name: String::from("mo"), goals: 0 });
    let rr = &mut *r;
    rr.players.retain(|p| p.goals > 0);
    println!("{} players left", team.players.len());
}
