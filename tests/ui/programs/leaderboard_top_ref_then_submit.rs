// a leaderboard that keeps a reference to the current leader's name across a new submission
struct Board {
    entries: Vec<(String, u32)>,
}

impl Board {
    fn leader(&self) -> Option<&String> {
        self.entries.iter().max_by_key(|(_, s)| *s).map(|(n, _)| n)
    }

    fn submit(&mut self, name: &str, score: u32) {
        self.entries.push((name.to_string(), score));
    }
}

fn main() {
    let mut board = Board { entries: vec![(String::from("ana"), 300), (String::from("bo"), 450)] };
    let before = board.leader();
    board.submit("cy", 900);
    if board.leader() != before {
        println!("new leader: {:?}", board.leader());
    }
    println!("{} entries", board.entries.len());
}
