// an event scheduler keyed by time in a BTreeMap: get_mut in if-let with insert in the else branch (fine under NLL)
use std::collections::BTreeMap;

#[derive(Debug)]
struct Event {
    name: String,
    repeat_every: Option<u32>,
}

struct Scheduler {
    queue: BTreeMap<u32, Vec<Event>>,
    now: u32,
}

impl Scheduler {
    fn schedule(&mut self, at: u32, name: &str, repeat_every: Option<u32>) {
        let event = Event { name: name.to_string(), repeat_every };
        if let Some(slot) = self.queue.get_mut(&at) {
            slot.push(event);
        } else {
            self.queue.insert(at, vec![event]);
        }
    }

    fn run_until(&mut self, end: u32) -> Vec<String> {
        let mut log = Vec::new();
        while let Some((&at, _)) = self.queue.iter().next() {
            if at > end {
                break;
            }
            let due = self.queue.remove(&at).unwrap();
            self.now = at;
            for e in due {
                log.push(format!("t={} {}", at, e.name));
                if let Some(every) = e.repeat_every {
                    let next = at + every;
                    self.schedule(next, &e.name, e.repeat_every);
                }
            }
        }
        log
    }
}

fn main() {
    let mut s = Scheduler { queue: BTreeMap::new(), now: 0 };
    s.schedule(5, "backup", Some(10));
    s.schedule(3, "email", None);
    s.schedule(5, "rotate logs", None);
    s.schedule(12, "heartbeat", Some(4));
    for line in s.run_until(25) {
        println!("{}", line);
    }
    println!("now {} pending {:?}", s.now, s.queue.keys().collect::<Vec<_>>());
}
