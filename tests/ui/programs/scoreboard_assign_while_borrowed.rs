// a game scoreboard that resets the high score while a reference to it is still displayed
struct Board {
    high: u32,
    holder: String,
    scores: Vec<(String, u32)>,
}

impl Board {
    fn record(&mut self, who: &str, score: u32) {
        self.scores.push((who.to_string(), score));
        if score > self.high {
            self.high = score;
            self.holder = who.to_string();
        }
    }
}

fn main() {
    let mut board = Board { high: 0, holder: String::new(), scores: vec![] };
    for (who, s) in [("kim", 40), ("lee", 75), ("max", 60)] {
        board.record(who, s);
    }
    let shown = &board.high;
    println!("new season starts");
    board.high = 0;
    println!("last season's high score: {} by {}", shown, board.holder);
    let mut names: Vec<&str> = board.scores.iter().map(|(n, _)| n.as_str()).collect();
    names.sort();
    println!("players: {:?}", names);
}
