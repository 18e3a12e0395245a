// iterators: iter_mut, for over &mut, drain, retain_mut, into_iter of a Vec of structs
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let mut accounts = vec![
        Account { owner: "ana".into(), balance: 120 },
        Account { owner: "bo".into(), balance: -30 },
        Account { owner: "cy".into(), balance: 0 },
        Account { owner: "di".into(), balance: 75 },
    ];

    for a in accounts.iter_mut() {
        a.balance += 10;
    }
    for a in &mut accounts {
        if a.balance < 0 {
            a.owner.push_str(" (overdrawn)");
        }
    }
    println!("{:#?}", accounts[1]);

    let mut grid = vec![vec![0; 3]; 2];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = r * 3 + c;
        }
    }
    println!("{:?}", grid);

    let closed: Vec<Account> = accounts.drain(1..3).collect();
    println!("closed {}: {:?}", closed.len(), closed.iter().map(|a| &a.owner).collect::<Vec<_>>());
    println!("open {}", accounts.len());

    let mut numbers: Vec<i32> = (1..=10).collect();
    numbers.retain_mut(|n| {
        *n *= 3;
        *n % 2 == 0
    });
    println!("{:?}", numbers);

    let owners: Vec<String> = accounts.into_iter().map(|a| a.owner).collect();
    println!("{}", owners.join(" & "));

    let mut letters = ['d', 'a', 'c', 'b'];
    letters.iter_mut().for_each(|c| *c = c.to_ascii_uppercase());
    letters.sort_unstable();
    println!("{:?}", letters);
}
