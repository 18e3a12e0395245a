// a single-elimination tournament with seeded players, rounds built by pairing and winners moved forward
#[derive(Debug, Clone)]
struct Player {
    name: String,
    rating: u32,
}

fn play(a: Player, b: Player, round: u32) -> (Player, Player) {
    // the higher rating wins, with an upset on every third round for the lower seed
    let upset = round % 3 == 0;
    if (a.rating >= b.rating) != upset { (a, b) } else { (b, a) }
}

fn run_round(players: Vec<Player>, round: u32, log: &mut Vec<String>) -> Vec<Player> {
    let mut winners = Vec::with_capacity(players.len() / 2);
    let mut iter = players.into_iter();
    while let Some(a) = iter.next() {
        match iter.next() {
            Some(b) => {
                let (w, l) = play(a, b, round);
                log.push(format!("round {}: {} beat {}", round, w.name, l.name));
                winners.push(w);
            }
            None => {
                log.push(format!("round {}: {} has a bye", round, a.name));
                winners.push(a);
            }
        }
    }
    winners
}

fn main() {
    let mut field: Vec<Player> = [("ana", 1800), ("bo", 1650), ("cy", 1720), ("di", 1500), ("ed", 1900)]
        .iter()
        .map(|(n, r)| Player { name: n.to_string(), rating: *r })
        .collect();
    field.sort_by(|a, b| b.rating.cmp(&a.rating));
    let seeds: Vec<String> = field.iter().map(|p| p.name.clone()).collect();
    println!("seeds: {}", seeds.join(" > "));
    let mut log = Vec::new();
    let mut round = 1;
    while field.len() > 1 {
        field = run_round(field, round, &mut log);
        round += 1;
    }
    for line in &log {
        println!("{}", line);
    }
    let champion = field.pop().unwrap();
    println!("champion {} ({})", champion.name, champion.rating);
}
