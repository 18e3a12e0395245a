// lifetimes: &[..] of unit variants is promoted to 'static, but a table built from String values is not
#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Sat,
    Sun,
}

fn weekend() -> &'static [Weekday] {
    &[Weekday::Sat, Weekday::Sun]
}

fn workdays() -> &'static [Weekday] {
    &[Weekday::Mon, Weekday::Tue]
}

fn labels() -> &'static [String] {
    &[String::new(), String::new()]
}

fn main() {
    for d in weekend().iter().chain(workdays()) {
        println!("{:?} weekend? {}", d, weekend().contains(d));
    }
    println!("{}", labels().len());
}
