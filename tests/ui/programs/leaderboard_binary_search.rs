// a sorted leaderboard maintained with binary_search insertion, ranks and a range query
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    score: std::cmp::Reverse<u32>,
    name: String,
}

struct Board {
    entries: Vec<Entry>,
}

impl Board {
    fn submit(&mut self, name: &str, score: u32) -> usize {
        if let Some(pos) = self.entries.iter().position(|e| e.name == name) {
            if self.entries[pos].score.0 >= score {
                return pos + 1;
            }
            self.entries.remove(pos);
        }
        let entry = Entry { score: std::cmp::Reverse(score), name: name.to_string() };
        let at = match self.entries.binary_search(&entry) {
            Ok(i) | Err(i) => i,
        };
        self.entries.insert(at, entry);
        at + 1
    }

    fn between(&self, lo: u32, hi: u32) -> Vec<&str> {
        self.entries.iter().filter(|e| (lo..=hi).contains(&e.score.0)).map(|e| e.name.as_str()).collect()
    }
}

fn main() {
    let mut board = Board { entries: Vec::new() };
    let plays = [("ana", 300), ("bo", 450), ("cy", 300), ("ana", 500), ("di", 120), ("bo", 400), ("ed", 450)];
    for (name, score) in plays {
        let rank = board.submit(name, score);
        println!("{} scored {} -> rank {}", name, score, rank);
    }
    for (i, e) in board.entries.iter().enumerate() {
        println!("{}. {:<4}{:>4}", i + 1, e.name, e.score.0);
    }
    println!("between 300 and 450: {:?}", board.between(300, 450));
}
