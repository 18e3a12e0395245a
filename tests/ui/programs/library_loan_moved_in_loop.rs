// a library that records a loan for each day of a week but moves the book title into the first loan
struct Loan {
    title: String,
    day: u32,
}

fn main() {
    let title = String::from("Middlemarch");
    let mut loans = Vec::new();
    for day in 1..=3 {
        if day % 2 == 1 {
            loans.push(Loan { title, day });
        }
    }
    for loan in &loans {
        println!("day {}: {}", loan.day, loan.title);
    }
    println!("{} loans", loans.len());
}
