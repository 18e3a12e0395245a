// Tic-tac-toe: a board of Option<Player>, win detection over line tables, a minimax
// player, parse of moves with errors, and a full game played from a scripted move list.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Player {
    X,
    O,
}

impl Player {
    fn other(self) -> Player {
        match self {
            Player::X => Player::O,
            Player::O => Player::X,
        }
    }
}

#[derive(Clone)]
struct Board {
    cells: [Option<Player>; 9],
}

const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

#[derive(Debug, PartialEq)]
enum MoveError {
    OutOfRange(usize),
    Taken(usize),
    NotANumber(String),
}

impl Board {
    fn winner(&self) -> Option<Player> {
        LINES.iter().find_map(|&[a, b, c]| match (self.cells[a], self.cells[b], self.cells[c]) {
            (Some(p), Some(q), Some(r)) if p == q && q == r => Some(p),
            _ => None,
        })
    }
    fn full(&self) -> bool {
        self.cells.iter().all(Option::is_some)
    }
    fn play(&mut self, idx: usize, p: Player) -> Result<(), MoveError> {
        match self.cells.get(idx) {
            None => Err(MoveError::OutOfRange(idx)),
            Some(Some(_)) => Err(MoveError::Taken(idx)),
            Some(None) => {
                self.cells[idx] = Some(p);
                Ok(())
            }
        }
    }
    fn free(&self) -> impl Iterator<Item = usize> + '_ {
        self.cells.iter().enumerate().filter(|(_, c)| c.is_none()).map(|(i, _)| i)
    }
}

impl fmt::Display for Board {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for row in self.cells.chunks(3) {
            let s: Vec<String> = row.iter().map(|c| match c {
                Some(p) => format!("{:?}", p),
                None => ".".to_string(),
            }).collect();
            writeln!(f, "{}", s.join(" "))?;
        }
        Ok(())
    }
}

fn minimax(b: &mut Board, to_move: Player, me: Player, depth: u32, nodes: &mut u32) -> i32 {
    *nodes += 1;
    if let Some(w) = b.winner() {
        return if w == me { 10 - depth as i32 } else { depth as i32 - 10 };
    }
    if b.full() {
        return 0;
    }
    let moves: Vec<usize> = b.free().collect();
    let scores = moves.iter().map(|&m| {
        b.cells[m] = Some(to_move);
        let s = minimax(b, to_move.other(), me, depth + 1, nodes);
        b.cells[m] = None;
        s
    });
    if to_move == me { scores.max().unwrap() } else { scores.min().unwrap() }
}

fn best_move(b: &Board, p: Player) -> (usize, u32) {
    let mut nodes = 0;
    let mut work = b.clone();
    let mut best = (i32::MIN, 0);
    for m in b.free() {
        work.cells[m] = Some(p);
        let s = minimax(&mut work, p.other(), p, 1, &mut nodes);
        work.cells[m] = None;
        if s > best.0 {
            best = (s, m);
        }
    }
    (best.1, nodes)
}

fn parse_move(s: &str) -> Result<usize, MoveError> {
    s.trim().parse::<usize>().map_err(|_| MoveError::NotANumber(s.to_string()))
}

fn main() {
    let mut b = Board { cells: [None; 9] };
    let script = ["4", "x", "4", "12", "0", "8"];
    let mut turn = Player::X;
    for s in script {
        let r = parse_move(s).and_then(|i| b.play(i, turn));
        match r {
            Ok(()) => {
                println!("{:?} plays {}", turn, s);
                turn = turn.other();
            }
            Err(e) => println!("{:?} bad move {:?}: {:?}", turn, s, e),
        }
    }
    print!("{}", b);
    while b.winner().is_none() && !b.full() {
        let (m, nodes) = best_move(&b, turn);
        println!("{:?} (ai) plays {} after {} nodes", turn, m, nodes);
        b.play(m, turn).unwrap();
        turn = turn.other();
    }
    print!("{}", b);
    match b.winner() {
        Some(p) => println!("winner: {:?}", p),
        None => println!("draw"),
    }
    let mut quick = Board { cells: [None; 9] };
    for (i, p) in [(0, Player::O), (4, Player::O), (8, Player::O)] {
        quick.play(i, p).unwrap();
    }
    println!("{:?} free={:?}", quick.winner(), quick.free().collect::<Vec<_>>());
}
