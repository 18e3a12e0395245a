// a library that records a loan on alternate days of a week but moves the book title into the first loan
struct Loan {
    title: String,
    day: u32,
}

struct Desk {
    loans: Vec<Loan>,
    open_days: Vec<u32>,
}

impl Desk {
    fn busiest_day(&self) -> Option<u32> {
        self.loans.iter().map(|l| l.day).max()
    }
}

fn main() {
    let title = String::from("Middlemarch");
    let mut desk = Desk { loans: Vec::new(), open_days: vec![1, 2, 3, 5] };
    for day in 1..=5 {
        if !desk.open_days.contains(&day) {
            continue;
        }
        if day % 2 == 1 {
            desk.loans.push(Loan { title, day });
        }
    }
    for loan in &desk.loans {
        println!("day {}: {}", loan.day, loan.title);
    }
    println!("{} loans, last on {:?}", desk.loans.len(), desk.busiest_day());
}
