// references: &mut through iter_mut and get_mut, split_at_mut for two mutable halves
#[derive(Debug)]
struct Player {
    name: String,
    score: i32,
}

fn bonus(players: &mut Vec<Player>, who: &str, pts: i32) -> bool {
    for p in players.iter_mut() {
        if p.name == who {
            p.score += pts;
            return true;
        }
    }
    false
}

fn main() {
    let mut players = vec![
        Player { name: String::from("ann"), score: 10 },
        Player { name: String::from("bob"), score: 7 },
        Player { name: String::from("cy"), score: 3 },
    ];
    println!("{}", bonus(&mut players, "bob", 5));
    println!("{}", bonus(&mut players, "dan", 5));
    if let Some(p) = players.get_mut(2) {
        p.score *= 2;
        p.name.push_str("_x2");
    }
    let (left, right) = players.split_at_mut(1);
    std::mem::swap(&mut left[0].score, &mut right[0].score);
    for p in &players {
        println!("{} {}", p.name, p.score);
    }
    let total: i32 = players.iter().map(|p| p.score).sum();
    println!("total {total}");
    let best = players.iter().max_by_key(|p| p.score).unwrap();
    println!("best {:?}", best);
}
