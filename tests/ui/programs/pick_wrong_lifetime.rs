// a contact book whose display-name helper ties the result to the first argument but returns the second
struct Contact {
    nickname: String,
    full: String,
    calls: u32,
}

fn pick_display<'a, 'b>(nickname: &'a str, full: &'b str) -> &'a str {
    if nickname.is_empty() {
        full
    } else {
        nickname
    }
}

fn main() {
    let contacts = vec![
        Contact { nickname: String::new(), full: String::from("Ada Lovelace"), calls: 4 },
        Contact { nickname: String::from("grace"), full: String::from("Grace Hopper"), calls: 9 },
        Contact { nickname: String::from("al"), full: String::from("Alan Turing"), calls: 1 },
    ];
    let mut ranked: Vec<&Contact> = contacts.iter().collect();
    ranked.sort_by(|a, b| b.calls.cmp(&a.calls));
    for c in ranked {
        let shown = pick_display(&c.nickname, &c.full);
        println!("{:<14} {:>2} calls", shown, c.calls);
    }
    let total: u32 = contacts.iter().map(|c| c.calls).sum();
    println!("total calls {}", total);
}
