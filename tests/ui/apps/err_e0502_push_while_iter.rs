// rejected E0502: pushing to a Vec while iterating over it to expand recurring events
#[derive(Debug, Clone)]
struct Event {
    day: u32,
    title: String,
    repeat_every: Option<u32>,
}

fn expand(events: &mut Vec<Event>, horizon: u32) {
    for e in events.iter() {
        if let Some(step) = e.repeat_every {
            let mut d = e.day + step;
            while d <= horizon {
                events.push(Event { day: d, title: e.title.clone(), repeat_every: None });
                d += step;
            }
        }
    }
}

fn main() {
    let mut cal = vec![
        Event { day: 1, title: "standup".into(), repeat_every: Some(7) },
        Event { day: 3, title: "dentist".into(), repeat_every: None },
        Event { day: 2, title: "gym".into(), repeat_every: Some(10) },
    ];
    expand(&mut cal, 30);
    cal.sort_by_key(|e| e.day);
    for e in &cal {
        println!("day {:>2}: {}", e.day, e.title);
    }
    let recurring = cal.iter().filter(|e| e.repeat_every.is_some()).count();
    println!("{} recurring sources, {} total", recurring, cal.len());
    println!("first: {:?}", cal.first().map(|e| &e.title));
}
