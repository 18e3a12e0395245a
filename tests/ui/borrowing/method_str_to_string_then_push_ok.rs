// borrowing: a &str from a method turned into a String before mutating
#[derive(Debug)]
struct Team { members: Vec<String>, lead: usize }
impl Team {
    fn lead_name(&self) -> &str { &self.members[self.lead] }
}
fn main() {
    let mut t = Team { members: vec![String::from("a")], lead: 0 };
    let name = t.lead_name().to_string();
    t.members.push(name);
    println!("{:?}", t);
}
