// rejected E0507: moving a String field out of a struct reached through a shared reference
#[derive(Debug)]
struct Ticket {
    id: u32,
    assignee: String,
    tags: Vec<String>,
}

fn owners(tickets: &[Ticket]) -> Vec<String> {
    let mut out = Vec::new();
    for t in tickets {
        if !out.contains(&t.assignee) {
            out.push(t.assignee.clone());
        }
    }
    out
}

fn first_assignee(tickets: &Vec<Ticket>) -> String {
    let t = &tickets[0];
    t.assignee
}

fn main() {
    let tickets = vec![
        Ticket { id: 10, assignee: "mo".into(), tags: vec!["bug".into()] },
        Ticket { id: 11, assignee: "li".into(), tags: vec!["ui".into(), "bug".into()] },
        Ticket { id: 12, assignee: "mo".into(), tags: vec![] },
    ];
    println!("owners {:?}", owners(&tickets));
    println!("first {}", first_assignee(&tickets));
    let bugs: Vec<u32> = tickets.iter().filter(|t| t.tags.iter().any(|g| g == "bug")).map(|t| t.id).collect();
    println!("bugs {:?}", bugs);
}
