/**
 * Answers a notice states in its own words, proposed for the register's explicit answers:
 * whether data go outside the EU/EEA (a denial with an exception states a transfer; a transfers
 * section that is only "Ei." answers too), and whether automated decisions (profiling included) are
 * made. Only a sentence that says so is read; silence proposes nothing. Each proposal quotes
 * the sentences it rests on, so the editor can confirm it.
 */
import { mentionsAny, namePattern, termPattern } from './patterns';
import type { Block } from './lines';
import { textLines } from './lines';
import { readElements } from './markdown';
import type { ImportDictionary, ProposedAnswers, StatedSentence } from './types';

const SENTENCE_END = /(?<=[\p{Ll}\d)"”][.!?])\s+(?=[\p{Lu}\d])/u;

/** The sentences of some blocks (a list item is one), each with the input line it starts on. */
export function sentencesWithLines(blocks: Block[]): StatedSentence[] {
  return blocks.flatMap((block) => {
    const lines = textLines(block);
    if (!lines.length) return [];
    const texts = readElements(block).flatMap((element) =>
      element.kind === 'paragraph' ? element.text.replace(/\s+/g, ' ').split(SENTENCE_END) : element.items.map((item) => item.text),
    );
    return texts.map((text) => {
      const start = text.trim().slice(0, 60);
      const line = lines.find((candidate) => candidate.text.includes(start)) ?? lines[0];
      return { line: line.number, text: text.trim() };
    });
  });
}

/** A section the register's answer may be its whole text of: its heading and blocks. */
export interface AnswerSection {
  heading: string | null;
  blocks: Block[];
}

/**
 * `blocks`: the register's text; `decisionBlocks`: the parts that may describe decisions (not a
 * list of data); `transferSections`: the sections about transfers, each wholly.
 */
export type AnswerProposer = (blocks: Block[], decisionBlocks: Block[], transferSections: AnswerSection[]) => ProposedAnswers;

/** A bare answer as the dictionary writes it: "Ei siirretä." → "ei siirretä". */
const bare = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.!]+$/, '');

export function answerProposer(dictionary: ImportDictionary): AnswerProposer {
  const terms = (list: string[]) => list.map(termPattern);
  const { transfer, outside, region, places, automated, negation, exception, profiling, contrast, bareNo, bareYes } = dictionary.answerTerms;
  const outsideOf = terms(outside);
  const regions = terms(region);
  // Country names match as written: "US" is a country, "us" a word.
  const countries = places.map(namePattern);
  const moves = terms(transfer);
  const decisions = terms(automated);
  const nots = terms(negation);
  const excepts = terms(exception);
  const profiles = terms(profiling);
  const clauseStart = contrast.length ? new RegExp(terms(contrast).map((pattern) => pattern.source).join('|'), 'iu') : null;
  /** A place outside the EU/EEA: a third country named, or "outside" the EU/EEA (not "outside the company"). */
  const namesOutside = (text: string) => mentionsAny(text, countries) || (mentionsAny(text, outsideOf) && mentionsAny(text, regions));

  const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'giu');
  /** Negations outside the exception words: "om inte" or "ellei" excepts, it denies nothing. */
  const negations = (text: string) => {
    const rest = excepts.reduce((left, pattern) => left.replace(everywhere(pattern), ' '), text);
    return nots.reduce((count, pattern) => count + (rest.match(everywhere(pattern))?.length ?? 0), 0);
  };

  const clausesOf = (text: string) => (clauseStart ? text.split(clauseStart) : [text]);
  /** A clause of its own that states what the terms name without denying it: "…, mutta profiloimme asiakkaita". */
  const affirmsInClause = (text: string, patterns: RegExp[]) => clausesOf(text).some((clause) => mentionsAny(clause, patterns) && negations(clause) === 0);

  /** The line of a transfers section whose whole text is a bare answer ("Ei.", "Yes." under a heading about outside the EU/EEA). */
  const bareAnswers = (sections: AnswerSection[]) => {
    const answers = { no: [] as StatedSentence[], yes: [] as StatedSentence[] };
    for (const section of sections) {
      const sentences = sentencesWithLines(section.blocks);
      if (sentences.length !== 1) continue;
      const [sentence] = sentences;
      const answer = bare(sentence.text);
      if (bareNo.includes(answer)) answers.no.push(sentence);
      else if (bareYes.includes(answer) && section.heading && namesOutside(section.heading)) answers.yes.push(sentence);
    }
    return answers;
  };

  /**
   * Sentences on the topic split into those that deny it and those that affirm it. A denial with an
   * exception ("ei siirretä … lukuun ottamatta Mailchimpiä") affirms what it excepts; with two
   * denials ("ei luovuteta … eikä siirretä … paitsi") the exception may belong to either, so the
   * sentence states neither.
   */
  const stated = (sentences: StatedSentence[], about: (text: string) => boolean) => {
    const onTopic = sentences.filter((sentence) => about(sentence.text));
    const reading = (text: string): 'denied' | 'affirmed' | null => {
      const count = negations(text);
      if (!count) return 'affirmed';
      if (!mentionsAny(text, excepts)) return 'denied';
      return count === 1 ? 'affirmed' : null;
    };
    return {
      denied: onTopic.filter((sentence) => reading(sentence.text) === 'denied'),
      affirmed: onTopic.filter((sentence) => reading(sentence.text) === 'affirmed'),
    };
  };

  return (blocks, decisionBlocks, transferSections) => {
    const sentences = sentencesWithLines(blocks);
    const proposed: ProposedAnswers = {};
    // A transfer sentence names both a move or storage (siirretään, säilytetään) and a place outside (EU:n ulkopuolelle, kolmas maa, USA).
    const transfers = stated(sentences, (text) => mentionsAny(text, moves) && namesOutside(text));
    const answered = bareAnswers(transferSections);
    const affirmed = [...transfers.affirmed, ...answered.yes].sort((a, b) => a.line - b.line);
    const denied = [...transfers.denied, ...answered.no].sort((a, b) => a.line - b.line);
    if (affirmed.length) proposed.transfersOutsideEea = { answer: 'yes', evidence: affirmed };
    else if (denied.length) proposed.transfersOutsideEea = { answer: 'no', evidence: denied };
    const decisionSentences = sentencesWithLines(decisionBlocks);
    const automatedDecisions = stated(decisionSentences, (text) => mentionsAny(text, decisions));
    // A denial whose clause after "mutta" / "but" states profiling affirms it, as a sentence of its own would.
    const affirmedDecisions = [
      ...automatedDecisions.affirmed,
      ...automatedDecisions.denied.filter((sentence) => affirmsInClause(sentence.text, decisions)),
    ].sort((a, b) => a.line - b.line);
    if (affirmedDecisions.length) proposed.automatedDecisionMaking = { answer: 'yes', evidence: affirmedDecisions };
    // A denial beside targeting or personalising the text states ("Emme tee automaattisia päätöksiä,
    // mutta kohdennamme markkinointia ostohistoriasi perusteella", "we use your data to profile …"):
    // "none" would hide it, "yes" would state decisions the text denies; the editor answers.
    else if (automatedDecisions.denied.length && !decisionSentences.some((sentence) => affirmsInClause(sentence.text, profiles))) {
      proposed.automatedDecisionMaking = { answer: 'none', evidence: automatedDecisions.denied };
    }
    return proposed;
  };
}
