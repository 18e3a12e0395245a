// rejected E0308: function declared to return u32 returns an f64 average in a scoring app
#[derive(Debug)]
struct Round {
    player: String,
    points: Vec<u32>,
}

impl Round {
    fn best(&self) -> Option<u32> {
        self.points.iter().copied().max()
    }

    fn average(&self) -> u32 {
        let total: u32 = self.points.iter().sum();
        total as f64 / self.points.len() as f64
    }
}

fn leaderboard(rounds: &[Round]) -> Vec<(String, u32)> {
    let mut board: Vec<(String, u32)> = rounds
        .iter()
        .map(|r| (r.player.clone(), r.best().unwrap_or(0)))
        .collect();
    board.sort_by(|a, b| b.1.cmp(&a.1));
    board
}

fn main() {
    let rounds = vec![
        Round { player: "amy".into(), points: vec![10, 30, 20] },
        Round { player: "ben".into(), points: vec![25, 25] },
        Round { player: "cal".into(), points: vec![] },
    ];
    for (name, best) in leaderboard(&rounds) {
        println!("{}: {}", name, best);
    }
    for r in &rounds {
        if !r.points.is_empty() {
            println!("{} averages {}", r.player, r.average());
        }
    }
}
